package vn.giaoban.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Runs on this test JVM's own compiler threads, as {@code main} does on the service's. */
class StartupCompilerAffinityTest {

    @Test
    void theCompilerThreadsLeaveTheFirstCoreForTheStartAndGetItBackAfter() {
        List<String> compilers = StartupCompilerAffinity.compilerThreads();
        // HotSpot with tiered compilation: at least one C1 and one C2 thread.
        assertThat(compilers).hasSizeGreaterThanOrEqualTo(2);
        List<Integer> before = StartupCompilerAffinity.allowedCores(compilers.get(0));
        assertThat(before).isNotEmpty();

        StartupCompilerAffinity affinity = StartupCompilerAffinity.keepOneCoreFree();
        try {
            if (before.size() < 2) {
                // One core: there is nothing to keep free, and nothing is moved.
                assertThat(affinity.coresAtStart()).isEmpty();
            } else {
                assertThat(affinity.coresAtStart()).isEqualTo(before);
                for (String compiler : StartupCompilerAffinity.compilerThreads()) {
                    assertThat(StartupCompilerAffinity.allowedCores(compiler))
                            .isEqualTo(before.subList(1, before.size()));
                }
            }
        } finally {
            affinity.start();
        }

        for (String compiler : StartupCompilerAffinity.compilerThreads()) {
            assertThat(StartupCompilerAffinity.allowedCores(compiler)).isEqualTo(before);
        }
        assertThat(affinity.isRunning()).isTrue();
    }

    @Test
    void aThreadThatHasEndedLeavesTheOthersToBeMoved() {
        List<String> compilers = StartupCompilerAffinity.compilerThreads();
        List<Integer> before = StartupCompilerAffinity.allowedCores(compilers.get(0));
        List<Integer> one = before.subList(before.size() - 1, before.size());
        List<String> withAnEndedOne = new ArrayList<>();
        withAnEndedOne.add(String.valueOf(Integer.MAX_VALUE)); // above the kernel's largest thread id
        withAnEndedOne.addAll(compilers);
        try {
            StartupCompilerAffinity.setCores(withAnEndedOne, one);
            for (String compiler : compilers) {
                assertThat(StartupCompilerAffinity.allowedCores(compiler)).isEqualTo(one);
            }
        } finally {
            StartupCompilerAffinity.setCores(compilers, before);
        }
        assertThat(StartupCompilerAffinity.allowedCores(compilers.get(0))).isEqualTo(before);
    }

    @Test
    void coreListsAsTheKernelWritesThem() {
        assertThat(StartupCompilerAffinity.parseCoreList("0-1")).containsExactly(0, 1);
        assertThat(StartupCompilerAffinity.parseCoreList("0,2-4,7")).containsExactly(0, 2, 3, 4, 7);
        assertThat(StartupCompilerAffinity.parseCoreList("3")).containsExactly(3);
    }
}
