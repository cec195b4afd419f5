package vn.giaoban.minutes;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: render the minutes and add both signatures (visible), as the service does after approval, for minutes of
 * about 4 and about 50 pages. Run by bench/run.sh; the LibreOffice baseline converts the same content in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MinutesBenchmark {

    /** Report paragraphs: 30 gives 4 pages, 640 gives 50. */
    @Param({"30", "640"})
    public int paragraphs;

    private DocumentBenchmark.Fixture fixture;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        fixture = new DocumentBenchmark.Fixture(paragraphs);
    }

    @Benchmark
    public byte[] renderAndSignTwice() {
        return fixture.renderAndSign();
    }
}
