package vn.giaoban.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.giaoban.support.ServiceTest;

@ServiceTest
class StartupMemoryTrimTest {

    @Autowired
    StartupMemoryTrim trim;

    @Test
    void theStartEndsWithTheNativeHeapTrimmed() {
        // The JVM these tests run on (HotSpot 17.0.15) has the command: a wrong operation name answers null.
        assertThat(trim.answerAtStart()).contains("RSS");
        assertThat(trim.isRunning()).isTrue();
    }
}
