package org.ejournal.rules.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.rules.AveragingPolicy;
import org.ejournal.rules.DayCounting;
import org.ejournal.rules.MinimumMarks;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RuleSeverity;

/**
 * Random valid profiles, framework-neutral (any {@link RandomGenerator} drives it): every key takes
 * values across its whole range, texts include Russian, quotes, backslashes, control characters and
 * characters outside the basic plane, decimals come with any scale.
 */
final class RandomProfiles {

    private static final String[] PIECES = {"a", "Z", "7", "-", " ", "«", "»", "№", "приказ", "\"", "\\", "/", "\n",
        "\t", "\u0001", "\u007f", "\u2028", "\uD83D\uDE00", "ё", "{", "}", "[", ":", ","};
    private static final String[] TYPE_PIECES = {"test-paper", "essay", "dictation", "class-work", "x", "7", "-"};
    private static final String[] ID_PIECES = {"q", "1", "2026", "-", "Q", "h", "четверть", "\"", "\\", "{", "."};
    private static final String[] RULE_PIECES = {"Marks", "Are", "Entered", "Homework", "In", "Time", "X", "2"};

    private RandomProfiles() {
    }

    static Profile profile(RandomGenerator r) {
        var b = Profile.builder();
        if (r.nextBoolean()) {
            String version = text(r, 1 + r.nextInt(12));
            b.policyVersion(version.isBlank() ? "v" + version : version);
        }
        if (r.nextBoolean()) {
            b.dayCounting(DayCounting.values()[r.nextInt(DayCounting.values().length)]);
        }
        if (r.nextBoolean()) {
            Map<Integer, LocalTime> ends = new LinkedHashMap<>();
            int n = 1 + r.nextInt(13);
            for (int i = 0; i < n; i++) {
                ends.put(r.nextInt(13), time(r));
            }
            b.lessonEnds(ends);
        }
        b.homeworkHoursAfterLessons(r.nextInt(49));
        b.markDays(r.nextInt(61));
        if (r.nextBoolean()) {
            b.markDaysByTaskType(codes(r, () -> r.nextInt(61)));
        }
        b.periodMarkDaysAfterPeriod(r.nextInt(61));
        int orders = r.nextInt(4);
        for (int i = 0; i < orders; i++) {
            b.putPeriodMarkDeadlines(StudyPeriodId.of(id(r)), LocalDate.of(2020 + r.nextInt(10), 1 + r.nextInt(12),
                    1 + r.nextInt(28)));
        }
        b.publicationHours(1 + r.nextInt(24 * 14));
        b.paperReportDays(1 + r.nextInt(31));
        b.outageGraceHours(r.nextInt(24 * 14 + 1));
        if (r.nextBoolean()) {
            List<MinimumMarks> rows = new ArrayList<>();
            int n = 1 + r.nextInt(4);
            BigDecimal bound = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                bound = bound.add(decimal(r, 1, 400));
                rows.add(new MinimumMarks(last && r.nextBoolean() ? null : bound, r.nextInt(10), r.nextInt(10),
                        r.nextInt(15)));
            }
            b.minimumMarks(rows);
        }
        b.notAttestedAbsenceShare(decimal(r, 1, 100).movePointLeft(2));
        if (r.nextBoolean()) {
            List<BigDecimal> thresholds = new ArrayList<>();
            BigDecimal t = decimal(r, 100, 200);
            for (int i = 0; i < 3; i++) {
                thresholds.add(t);
                t = t.subtract(decimal(r, 1, 150));
            }
            b.averaging(new AveragingPolicy(AveragingPolicy.Method.values()[r.nextInt(2)],
                    codes(r, () -> 1 + r.nextInt(10)), AveragingPolicy.Rounding.values()[r.nextInt(2)], thresholds));
        }
        b.firstGradeMarks(r.nextBoolean());
        int journalYears = 5 + r.nextInt(96);
        b.journalRetentionYears(journalYears);
        b.summarySheetRetentionYears(Math.max(25, journalYears) + r.nextInt(101 - Math.max(25, journalYears)));
        if (r.nextBoolean()) {
            java.time.Month month = java.time.Month.of(1 + r.nextInt(12));
            int days = month == java.time.Month.FEBRUARY ? 28 : month.maxLength();
            b.retentionCountFrom(java.time.MonthDay.of(month, 1 + r.nextInt(days)));
        }
        int severities = r.nextInt(4);
        for (int i = 0; i < severities; i++) {
            StringBuilder name = new StringBuilder("R");
            int parts = r.nextInt(4);
            for (int j = 0; j < parts; j++) {
                name.append(RULE_PIECES[r.nextInt(RULE_PIECES.length)]);
            }
            b.putSeverities(name.toString(), RuleSeverity.values()[r.nextInt(RuleSeverity.values().length)]);
        }
        return b.build();
    }

    /** A positive decimal between min and max hundredths, with a scale of 0 to 3 digits. */
    private static BigDecimal decimal(RandomGenerator r, int min, int max) {
        BigDecimal v = BigDecimal.valueOf(min + r.nextInt(max - min + 1), 2);
        int scale = r.nextInt(4);
        return scale >= 2 ? v.setScale(scale) : v.stripTrailingZeros().scale() <= scale ? v.setScale(scale) : v;
    }

    private static LocalTime time(RandomGenerator r) {
        LocalTime t = LocalTime.of(r.nextInt(24), r.nextInt(60));
        return r.nextInt(5) == 0 ? t.withSecond(r.nextInt(60)) : t;
    }

    private static Map<String, Integer> codes(RandomGenerator r, java.util.function.IntSupplier values) {
        Map<String, Integer> m = new LinkedHashMap<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            StringBuilder code = new StringBuilder();
            int parts = 1 + r.nextInt(3);
            for (int j = 0; j < parts; j++) {
                code.append(TYPE_PIECES[r.nextInt(TYPE_PIECES.length)]);
            }
            m.put(code.toString(), values.getAsInt());
        }
        return m;
    }

    private static String id(RandomGenerator r) {
        StringBuilder s = new StringBuilder();
        int parts = 1 + r.nextInt(4);
        for (int i = 0; i < parts; i++) {
            s.append(ID_PIECES[r.nextInt(ID_PIECES.length)]);
        }
        return s.toString();
    }

    private static String text(RandomGenerator r, int pieces) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            s.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return s.toString();
    }
}
