package dev.advancedalchemy.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.StorageException;
import dev.advancedalchemy.types.Opaque;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileObjectTest {
    @Test
    void contentTypeIsGuessedFromTheNameWithOctetStreamAsDefault() {
        assertThat(FileObject.of("b", "photo.PNG").contentType()).isEqualTo("image/png");
        assertThat(FileObject.of("b", "report.pdf").contentType()).isEqualTo("application/pdf");
        assertThat(FileObject.of("b", "data.json").contentType()).isEqualTo("application/json");
        assertThat(FileObject.of("b", "noext").contentType()).isEqualTo("application/octet-stream");
        assertThat(FileObject.of("b", "x.unknownext").contentType()).isEqualTo("application/octet-stream");
        assertThat(FileObject.of("b", "x.png").contentType("image/custom").contentType())
                .isEqualTo("image/custom");
    }

    @Test
    void toFilenameChangesThePathButKeepsTheGuessFromTheOriginalName() {
        FileObject f = FileObject.of("b", "avatar.png").toFilename("users/42");
        assertThat(f.path()).isEqualTo("users/42");
        assertThat(f.filename()).isEqualTo("users/42");
        assertThat(f.contentType()).isEqualTo("image/png");
    }

    @Test
    void equalityIsByPathAndBackendOnly() {
        FileObject a = FileObject.of("local", "a.txt").content(new byte[] {1}).updateMetadata(Map.of("k", 1));
        FileObject same = FileObject.of("local", "a.txt");
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a).isNotEqualTo(FileObject.of("s3", "a.txt"));
        assertThat(a).isNotEqualTo(FileObject.of("local", "b.txt"));
    }

    @Test
    void updateMetadataMerges() {
        FileObject f = FileObject.of("b", "a").metadata(Map.of("a", 1, "b", 2));
        f.updateMetadata(Map.of("b", 3, "c", 4));
        assertThat(f.metadata()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1, "b", 3, "c", 4));
    }

    @Test
    void valuesAreOpaqueToFilters() {
        assertThat(FileObject.of("b", "a")).isInstanceOf(Opaque.class);
        assertThat(new FileObjectList()).isInstanceOf(Opaque.class);
    }

    @Test
    void blankNamesAreRefused() {
        assertThatThrownBy(() -> FileObject.of(" ", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FileObject.of("b", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manualSaveReadSignAndDeleteThroughTheDefaultRegistry(@TempDir Path dir) throws Exception {
        StorageRegistry.setDefault(StorageRegistry.create().register(StorageBackends.local("manual", dir)));
        Path source = Files.writeString(dir.resolve("source.bin"), "from a path");
        FileObject f = FileObject.of("manual", "copy.txt").content(source);
        assertThat(f.hasPendingContent()).isTrue();
        f.save();
        assertThat(f.hasPendingContent()).isFalse();
        assertThat(f.size()).contains(11L);
        assertThat(new String(f.getContent(), StandardCharsets.UTF_8)).isEqualTo("from a path");
        try (var in = f.openStream()) {
            assertThat(in.readAllBytes()).hasSize(11);
        }
        assertThatThrownBy(() -> f.sign(java.time.Duration.ofMinutes(1), false)).isInstanceOf(StorageException.class);
        assertThatThrownBy(f::save).hasMessageContaining("no pending content");
        f.delete();
        assertThat(dir.resolve("copy.txt")).doesNotExist();
    }

    @Test
    void aStreamContentCanBeReadOnce() throws Exception {
        FileContent once = FileContent.of(new java.io.ByteArrayInputStream(new byte[] {1}));
        once.open().close();
        assertThatThrownBy(once::open).isInstanceOf(java.io.IOException.class);
    }
}
