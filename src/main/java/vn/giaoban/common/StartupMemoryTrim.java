package vn.giaoban.common;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives the C library's freed memory back to the system once the service has started, as the JVM's periodic trim
 * ({@code -XX:TrimNativeHeapInterval} in {@code jvm.options}) does every 30 s, but without waiting for the first of
 * them. Start-up frees much of what it allocated natively (parsing the engine's mappings, Hibernate's model, class
 * loading); until a trim, that memory stays resident.
 *
 * <p>Runs at the {@link EndOfStart}. Where the JVM has no such command (not HotSpot, or older than 17.0.9) nothing
 * happens.
 */
@Component
class StartupMemoryTrim extends EndOfStart {

    private static final Logger log = LoggerFactory.getLogger(StartupMemoryTrim.class);

    /** The MBean operation behind {@code jcmd <pid> System.trim_native_heap}. */
    private static final String OPERATION = "systemTrimNativeHeap";

    private volatile String answer;

    @Override
    protected void atEndOfStart() {
        answer = trim();
    }

    /** What the trim at start answered, or null where the JVM has no such command. */
    String answerAtStart() {
        return answer;
    }

    /** What the command answered (the sizes before and after), or null where it could not run. */
    private static String trim() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Object answer = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), OPERATION,
                    new Object[0], new String[0]);
            log.debug("Native heap trimmed after start: {}", answer);
            return String.valueOf(answer);
        } catch (JMException | RuntimeException e) {
            log.debug("No native heap trim after start: {}", e.toString());
            return null;
        }
    }
}
