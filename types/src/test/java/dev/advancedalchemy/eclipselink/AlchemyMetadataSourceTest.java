package dev.advancedalchemy.eclipselink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.types.internal.eclipselink.ShippedConverters;
import dev.advancedalchemy.types.internal.eclipselink.UnitCustomizer;
import jakarta.persistence.AttributeConverter;
import java.io.BufferedReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.junit.jupiter.api.Test;

/** What the one EclipseLink property hands EclipseLink: converter metadata and the session customizer. */
class AlchemyMetadataSourceTest {
    private final AlchemyMetadataSource source = new AlchemyMetadataSource();
    private final ClassLoader loader = getClass().getClassLoader();

    /** Counts the calls of the application's own customizer. */
    public static final class OwnCustomizer implements SessionCustomizer {
        static int calls;

        @Override
        public void customize(Session session) {
            calls++;
        }
    }

    @Test
    void declaresEveryShippedConverter() throws Exception {
        String xml;
        try (BufferedReader reader = new BufferedReader(source.getEntityMappingsReader(Map.of(), loader, null))) {
            xml = reader.lines().collect(Collectors.joining("\n"));
        }
        assertThat(xml).contains("xmlns=\"http://www.eclipse.org/eclipselink/xsds/persistence/orm\"");
        for (Class<?> converter : ShippedConverters.TYPES) {
            assertThat(xml).contains("<converter class=\"" + converter.getName() + "\"/>");
        }
    }

    /**
     * EclipseLink takes a converter's attribute and column types from the class's own generic signature (the last
     * type argument is the column type); an inherited interface gives it none ("genericTypes" is null).
     */
    @Test
    void everyShippedConverterDeclaresAttributeConverterLastWithConcreteTypes() {
        for (Class<?> converter : ShippedConverters.TYPES) {
            Type[] interfaces = converter.getGenericInterfaces();
            assertThat(interfaces).as(converter.getName()).isNotEmpty();
            Type last = interfaces[interfaces.length - 1];
            assertThat(last).as(converter.getName()).isInstanceOf(ParameterizedType.class);
            ParameterizedType type = (ParameterizedType) last;
            assertThat(type.getRawType()).as(converter.getName()).isEqualTo(AttributeConverter.class);
            assertThat(Arrays.stream(type.getActualTypeArguments())
                            .map(Type::getClass)
                            .toList())
                    .as("%s binds both types", converter.getName())
                    .noneMatch(c -> java.lang.reflect.TypeVariable.class.isAssignableFrom(c));
            assertThat(type.getActualTypeArguments()[1]).as(converter.getName()).isInstanceOf(Class.class);
        }
    }

    @Test
    void setsTheSessionCustomizerAndRunsTheUnitsOwnLast() throws Exception {
        Map<String, Object> unit = new HashMap<>();
        unit.put("eclipselink.session.customizer", OwnCustomizer.class.getName());
        Map<String, Object> overrides = source.getPropertyOverrides(unit, loader, null);

        assertThat(overrides.keySet()).containsExactly("eclipselink.session.customizer");
        UnitCustomizer customizer = (UnitCustomizer) overrides.get("eclipselink.session.customizer");
        assertThat(customizer.application()).isInstanceOf(OwnCustomizer.class);

        // a refresh hands our customizer back: it is not wrapped twice
        assertThat(source.getPropertyOverrides(new HashMap<>(overrides), loader, null))
                .containsEntry("eclipselink.session.customizer", customizer);
        assertThat(((UnitCustomizer) source.getPropertyOverrides(Map.of(), loader, null)
                                .get("eclipselink.session.customizer"))
                        .application())
                .isNull();
    }

    @Test
    void anUnloadableOwnCustomizerFailsNamingIt() {
        Map<String, Object> unit = Map.of("eclipselink.session.customizer", "com.example.Missing");
        assertThatThrownBy(() -> source.getPropertyOverrides(unit, loader, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.example.Missing")
                .hasMessageContaining("eclipselink.session.customizer");
    }

    @Test
    void listsNoConverterItsLoaderCannotSee() throws Exception {
        ClassLoader empty = new ClassLoader(null) {};
        String xml;
        try (BufferedReader reader = new BufferedReader(source.getEntityMappingsReader(Map.of(), empty, null))) {
            xml = reader.lines().collect(Collectors.joining("\n"));
        }
        assertThat(xml).doesNotContain("<converter");
        assertThat(List.of(xml)).isNotEmpty();
    }
}
