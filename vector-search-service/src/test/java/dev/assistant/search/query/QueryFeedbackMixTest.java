package dev.assistant.search.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Rocchio's mix of the query vector with its neighbours' mean: weighted, then unit length. */
class QueryFeedbackMixTest {

    @Test
    void addsTheMeanAtItsWeightAndNormalizes() {
        float[] mixed = SearchService.mix(new float[] {1, 0}, new float[] {0, 1}, 0.5);

        assertThat(mixed[0]).isCloseTo((float) (1 / Math.sqrt(1.25)), within(1e-6f));
        assertThat(mixed[1]).isCloseTo((float) (0.5 / Math.sqrt(1.25)), within(1e-6f));
    }

    @Test
    void aZeroWeightKeepsTheQueryDirection() {
        float[] mixed = SearchService.mix(new float[] {3, 4}, new float[] {1, 0}, 0);

        assertThat(mixed).containsExactly(new float[] {0.6f, 0.8f}, within(1e-6f));
    }
}
