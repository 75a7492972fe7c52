package dev.assistant.search.support;

import java.util.concurrent.ThreadLocalRandom;

/** Words no other test's document contains, so a keyword search for one finds only its document. */
public final class Words {

    private Words() {}

    /** A made-up word of letters only (the full-text parser keeps it as one token). */
    public static String unique() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 12; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
