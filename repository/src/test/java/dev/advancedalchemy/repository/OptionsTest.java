package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsMatchThePythonLibrary() {
        Options o = Options.defaults();

        assertThat(o.autoCommit()).isFalse();
        assertThat(o.autoRefresh()).isTrue();
        assertThat(o.autoDetach()).isFalse();
        assertThat(o.forUpdate()).isFalse();
        assertThat(o.matchFields()).isEmpty();
        assertThat(o.load()).isEmpty();
        assertThat(o.idAttribute()).isEmpty();
    }

    @Test
    void perCallOptionsOverrideOnlyWhatTheySet() {
        Options repository = Options.defaults()
                .withAutoCommit(true)
                .withMatchFields("email")
                .withErrorMessage(ErrorKind.NOT_FOUND, "repo not found")
                .withErrorMessage(ErrorKind.DUPLICATE_KEY, "repo duplicate");
        Options call = Options.defaults().withAutoRefresh(false).withErrorMessage(ErrorKind.NOT_FOUND, "call");

        Options merged = call.over(repository);

        assertThat(merged.autoCommit()).isTrue();
        assertThat(merged.autoRefresh()).isFalse();
        assertThat(merged.matchFields()).containsExactly("email");
        assertThat(merged.errorMessage(ErrorKind.NOT_FOUND)).contains("call");
        assertThat(merged.errorMessage(ErrorKind.DUPLICATE_KEY)).contains("repo duplicate");
        assertThat(Options.defaults().withAutoCommit(false).over(repository).autoCommit())
                .isFalse();
    }

    @Test
    void valuesAreImmutableAndValidated() {
        Options base = Options.defaults();
        Options changed = base.withLoad("books", "author.publisher");

        assertThat(base.load()).isEmpty();
        assertThat(changed.load()).containsExactly("books", "author.publisher");
        assertThat(changed).isEqualTo(Options.defaults().withLoad("books", "author.publisher"));
        assertThatThrownBy(() -> base.withMatchFields("name", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withIdAttribute("")).isInstanceOf(IllegalArgumentException.class);
    }
}
