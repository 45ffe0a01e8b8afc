package dev.advancedalchemy.it.eclipselink;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/** An application's own session customizer, named in {@code eclipselink.session.customizer} beside ours. */
public class OwnCustomizer implements SessionCustomizer {
    static final AtomicInteger CALLS = new AtomicInteger();

    @Override
    public void customize(Session session) {
        CALLS.incrementAndGet();
    }
}
