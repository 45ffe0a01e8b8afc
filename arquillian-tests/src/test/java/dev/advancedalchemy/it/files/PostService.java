package dev.advancedalchemy.it.files;

import dev.advancedalchemy.storage.FileObject;
import dev.advancedalchemy.storage.internal.FileTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;

/** Writes posts with files in the extension's local {@code @Transactional} transactions. */
@ApplicationScoped
public class PostService {
    @Inject
    Posts posts;

    @Transactional
    public void create(long id, FileObject cover) {
        posts.add(new Post(id, cover));
    }

    @Transactional
    public void replaceCover(long id, FileObject cover) {
        posts.get(id).setCover(cover);
    }

    /** Replaces the cover, flushes (the new file is written), then fails. */
    @Transactional
    public void replaceCoverThenFail(long id, FileObject cover) {
        posts.get(id).setCover(cover);
        posts.add(new Post(
                -id, FileObject.of(cover.backend(), "unrelated-" + id + ".txt").content(new byte[] {1})));
        throw new IllegalStateException("the request failed after the files were written");
    }

    /** The cover path committed for {@code id}, read in a transaction of its own. */
    @Transactional(TxType.REQUIRES_NEW)
    public String committedCover(long id) {
        return posts.get(id).getCover().path();
    }

    /** Asks the file lifecycle to report this transaction's end into {@code outcomes}; fails if {@code fail}. */
    @Transactional
    public boolean registerCompletion(List<String> outcomes, boolean fail) {
        boolean registered = FileTracker.ofDefaultRegistry()
                .registerCompletion(committed -> outcomes.add(committed ? "committed" : "rolled back"));
        if (fail) {
            throw new IllegalStateException("fail");
        }
        return registered;
    }
}
