package dev.advancedalchemy.types.internal.eclipselink;

import dev.advancedalchemy.types.EncryptedString;
import dev.advancedalchemy.types.EncryptedText;
import dev.advancedalchemy.types.GuidConverter;
import dev.advancedalchemy.types.GuidHexConverter;
import dev.advancedalchemy.types.JsonListConverter;
import dev.advancedalchemy.types.JsonMapConverter;
import dev.advancedalchemy.types.PasswordHashConverter;
import dev.advancedalchemy.types.UtcInstantConverter;
import dev.advancedalchemy.types.UtcOffsetDateTimeConverter;
import java.util.List;

/** The JPA converters alchemy-types ships, which every EclipseLink unit gets registered. */
public final class ShippedConverters {
    /** Every concrete {@code AttributeConverter} of {@code dev.advancedalchemy.types}. */
    public static final List<Class<?>> TYPES = List.of(
            EncryptedString.class,
            EncryptedText.class,
            PasswordHashConverter.class,
            JsonMapConverter.class,
            JsonListConverter.class,
            UtcInstantConverter.class,
            UtcOffsetDateTimeConverter.class,
            GuidConverter.class,
            GuidHexConverter.class);

    private ShippedConverters() {}
}
