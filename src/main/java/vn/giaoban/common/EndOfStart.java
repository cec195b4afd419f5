package vn.giaoban.common;

import org.springframework.context.SmartLifecycle;

/**
 * Work done once the service has started: the last phase of lifecycles, after the web server has started and before
 * the application reports that it has started (so before a readiness probe or a benchmark sees it up).
 */
abstract class EndOfStart implements SmartLifecycle {

    private volatile boolean running;

    @Override
    public final void start() {
        running = true;
        atEndOfStart();
    }

    protected abstract void atEndOfStart();

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return Integer.MAX_VALUE;
    }
}
