package org.claimtrack.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Training is deterministic: the same articles give the same model file, byte for byte. */
class CueTrainerTest {

    @Test
    void trainingTwiceOnASliceOfTrainGivesTheSameBytes() throws Exception {
        Path train = Path.of(System.getProperty("ct.shared", "../shared")).resolve("polnear/train");
        Assumptions.assumeTrue(Files.isDirectory(train.resolve("text")), "PolNeAR train not found at " + train + ": skipped");
        List<CueTrainer.Row> a = CueTrainer.rows(train, 6);
        List<CueTrainer.Row> b = CueTrainer.rows(train, 6);
        assertEquals(a, b, "same candidates and features");
        String first = TrainCommand.text(a, train);
        String second = TrainCommand.text(b, train);
        assertEquals(first, second);
        assertTrue(a.stream().anyMatch(CueTrainer.Row::cue), "some gold cues among the candidates");
        for (String line : first.split("\n")) {
            assertTrue(line.startsWith("# ") || line.matches("[^\\s]+\t-?\\d+\\.\\d{4}"), "weights only: " + line);
        }
    }
}
