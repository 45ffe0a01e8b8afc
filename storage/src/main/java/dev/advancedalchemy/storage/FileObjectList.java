package dev.advancedalchemy.storage;

import dev.advancedalchemy.types.Opaque;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list of {@link FileObject}s kept in one JSON array column (see {@link FileObjectListConverter}).
 *
 * <pre>{@code
 * post.getAttachments().add(FileObject.of("local", "a.pdf").content(bytes)); // written before commit
 * post.getAttachments().remove(0);                                          // deleted after commit
 * }</pre>
 *
 * <p>In-place changes ({@code add}, {@code remove}, {@code set}, {@code clear}) are saved with the row like an
 * assignment: new content is written before commit, removed files are deleted after commit. Elements must not be
 * {@code null}.
 */
public final class FileObjectList extends AbstractList<FileObject> implements RandomAccess, Opaque {
    private final ArrayList<FileObject> items;

    /** An empty list. */
    public FileObjectList() {
        this.items = new ArrayList<>();
    }

    /**
     * A list holding {@code files} in order.
     *
     * @throws NullPointerException if an element is {@code null}
     */
    public FileObjectList(Collection<FileObject> files) {
        this.items = new ArrayList<>(files.size());
        files.forEach(this::add);
    }

    /** A list holding {@code files} in order. */
    public static FileObjectList of(FileObject... files) {
        return new FileObjectList(List.of(files));
    }

    @Override
    public FileObject get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public FileObject set(int index, FileObject element) {
        return items.set(index, Objects.requireNonNull(element, "FileObjectList elements must not be null"));
    }

    @Override
    public void add(int index, FileObject element) {
        modCount++;
        items.add(index, Objects.requireNonNull(element, "FileObjectList elements must not be null"));
    }

    @Override
    public FileObject remove(int index) {
        modCount++;
        return items.remove(index);
    }
}
