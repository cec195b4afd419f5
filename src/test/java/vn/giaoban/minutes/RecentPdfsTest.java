package vn.giaoban.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class RecentPdfsTest {

    private static byte[] bytes(int length, int fill) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) fill);
        return b;
    }

    @Test
    void handsOutBytesOnlyForTheHashTheyWereHeldWith() {
        RecentPdfs recent = new RecentPdfs(1000);
        byte[] signed = bytes(100, 1);
        recent.put(7, "b".repeat(64), signed);

        assertThat(recent.get(7, "b".repeat(64))).isSameAs(signed);
        assertThat(recent.get(7, "a".repeat(64))).as("the row records other bytes").isNull();
        assertThat(recent.get(8, "b".repeat(64))).as("another document").isNull();
    }

    @Test
    void aDocumentsNewerBytesReplaceItsOlder() {
        RecentPdfs recent = new RecentPdfs(1000);
        recent.put(7, "a".repeat(64), bytes(100, 1));
        byte[] signed = bytes(150, 2);
        recent.put(7, "b".repeat(64), signed);

        assertThat(recent.get(7, "a".repeat(64))).isNull();
        assertThat(recent.get(7, "b".repeat(64))).isSameAs(signed);
        assertThat(recent.heldBytes()).isEqualTo(150);
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenTheBudgetIsExceeded() {
        RecentPdfs recent = new RecentPdfs(300);
        recent.put(1, "1".repeat(64), bytes(100, 1));
        recent.put(2, "2".repeat(64), bytes(100, 2));
        recent.put(3, "3".repeat(64), bytes(100, 3));
        assertThat(recent.get(1, "1".repeat(64))).isNotNull(); // 2 is now the least recently used

        recent.put(4, "4".repeat(64), bytes(100, 4));

        assertThat(recent.get(2, "2".repeat(64))).isNull();
        assertThat(recent.get(1, "1".repeat(64))).isNotNull();
        assertThat(recent.get(3, "3".repeat(64))).isNotNull();
        assertThat(recent.get(4, "4".repeat(64))).isNotNull();
        assertThat(recent.heldBytes()).isEqualTo(300);
    }

    @Test
    void bytesLargerThanTheBudgetAreNotHeldAndTheirDocumentsOlderBytesAreDropped() {
        RecentPdfs recent = new RecentPdfs(300);
        recent.put(1, "a".repeat(64), bytes(100, 1));
        recent.put(1, "b".repeat(64), bytes(400, 2));

        assertThat(recent.get(1, "a".repeat(64))).isNull();
        assertThat(recent.get(1, "b".repeat(64))).isNull();
        assertThat(recent.heldBytes()).isZero();
    }
}
