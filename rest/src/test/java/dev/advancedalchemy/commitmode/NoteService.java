package dev.advancedalchemy.commitmode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A @Transactional(REQUIRED) bean: inside a request transaction it joins; in manual mode it commits on its own. */
@ApplicationScoped
public class NoteService {
    @Inject
    NoteRepository notes;

    @Transactional
    public void write(long id, String text) {
        notes.add(new Note(id, text));
    }

    /** Writes, then fails: a joined transaction is marked rollback-only. */
    @Transactional
    public void writeThenFail(long id) {
        notes.add(new Note(id, "then-fail"));
        throw new IllegalStateException("the service failed after writing");
    }
}
