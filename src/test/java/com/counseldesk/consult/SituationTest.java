package com.counseldesk.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Subject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The 学生情况分析表's rules, the free text's, and the structured part's JSON text. */
class SituationTest {
    private static void refused(String field, String key, Executable rule) {
        ValidationException e = assertThrows(ValidationException.class, rule);
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(field, e.field());
    }

    @Test
    void scoresAreNumbersFromZeroWithOneDecimalAtMost() {
        assertEquals(new BigDecimal("95.5"), SubjectScore.score("95.5"));
        assertEquals(new BigDecimal("0"), SubjectScore.score("0"));
        assertEquals(new BigDecimal("0"), SubjectScore.score("-0"));
        assertEquals(new BigDecimal("118"), SubjectScore.score("１１８"), "full-width digits as an IME types them");
        assertEquals(new BigDecimal("95"), SubjectScore.score(" 95. "));
        assertNull(SubjectScore.score("  "));
        refused(SubjectScore.SCORE, "error.note.negative", () -> SubjectScore.score("-5"));
        refused(SubjectScore.SCORE, "error.note.number", () -> SubjectScore.score("95分"));
        refused(SubjectScore.SCORE, "error.note.number", () -> SubjectScore.score("九十"));
        refused(SubjectScore.SCORE, "error.note.oneDecimal", () -> SubjectScore.score("95.25"));
        refused(SubjectScore.SCORE, "error.note.tooBig", () -> SubjectScore.score("1001"));
    }

    @Test
    void fullMarksAreAboveZero() {
        assertEquals(new BigDecimal(150), SubjectScore.fullMarks("150"));
        refused(SubjectScore.FULL_MARKS, "error.note.fullMarksZero", () -> SubjectScore.fullMarks("0"));
        refused(SubjectScore.FULL_MARKS, "error.note.fullMarksZero", () -> SubjectScore.fullMarks("0.0"));
        refused(SubjectScore.FULL_MARKS, "error.note.negative", () -> SubjectScore.fullMarks("-100"));
        refused(SubjectScore.FULL_MARKS, "error.note.fullMarksZero",
                () -> new SubjectScore(Subject.MATH, "", null, BigDecimal.ZERO, null, ""));
    }

    @Test
    void aScoreAboveItsFullMarksIsRefusedBesideTheScore() {
        SubjectScore.within(new BigDecimal(120), new BigDecimal(120));
        SubjectScore.within(new BigDecimal(130), null);
        ValidationException e = assertThrows(ValidationException.class,
                () -> SubjectScore.within(new BigDecimal(130), new BigDecimal(120)));
        assertEquals(SubjectScore.SCORE, e.field());
        assertEquals("error.note.aboveFullMarks", e.messageKey());
        assertEquals(List.of("120"), List.of(e.args()));
        refused(SubjectScore.SCORE, "error.note.aboveFullMarks",
                () -> new SubjectScore(Subject.MATH, "", new BigDecimal(130), new BigDecimal(120), null, ""));
    }

    @Test
    void aRankIsAWholeNumberFromOne() {
        assertEquals(3, SubjectScore.rank("3"));
        assertNull(SubjectScore.rank(""));
        refused(SubjectScore.RANK, "error.note.rankFromOne", () -> SubjectScore.rank("0"));
        refused(SubjectScore.RANK, "error.note.negative", () -> SubjectScore.rank("-2"));
        refused(SubjectScore.RANK, "error.note.wholeNumber", () -> SubjectScore.rank("2.5"));
        refused(SubjectScore.RANK, "error.note.tooBig", () -> SubjectScore.rank("100001"));
        refused(SubjectScore.RANK, "error.note.number", () -> SubjectScore.rank("前十"));
    }

    @Test
    void textsAreBoundedBesideTheirField() {
        refused(SubjectScore.WEAK_POINTS, "error.tooLong",
                () -> new SubjectScore(Subject.MATH, "", null, null, null, "函".repeat(201)));
        refused(StudentSituation.TARGET, "error.tooLong", () -> new StudentSituation(List.of(), "", "",
                "高".repeat(61), null, "", "", Set.of()));
        refused(NoteContent.NEEDS, "error.tooLong", () -> NoteContent.freeText(NoteContent.NEEDS, "需".repeat(2001)));
        refused(NoteContent.NEEDS, "error.tooLong",
                () -> NoteContent.freeText(NoteContent.NEEDS, ("需".repeat(99) + "\n").repeat(21)));
    }

    @Test
    void freeTextKeepsItsLinesAndCleansEachOne() {
        assertEquals("想提高数学\n\n家长 担心", NoteContent.freeText(NoteContent.NEEDS,
                "\n  想提高数学 \r\n\r\n家长\u200b  担心\n\n"));
        refused(NoteContent.NEEDS, "error.controlChars", () -> NoteContent.freeText(NoteContent.NEEDS, "a\u0007b"));
    }

    @Test
    void emptyLinesAreNotKeptAndASubjectIsListedOnce() {
        SubjectScore empty = new SubjectScore(Subject.PHYSICS, "", null, null, null, " ");
        assertTrue(empty.isEmpty());
        assertEquals(List.of(), new StudentSituation(List.of(empty), "", "", "", null, "", "", Set.of()).subjects());
        assertEquals("", new SubjectScore(Subject.MATH, "科学", null, null, null, "x").name(),
                "only the other subject is named");
        SubjectScore math = new SubjectScore(Subject.MATH, "", BigDecimal.ONE, null, null, "");
        refused("subject", "error.note.subjectTwice",
                () -> new StudentSituation(List.of(math, math), "", "", "", null, "", "", Set.of()));
        assertTrue(StudentSituation.EMPTY.isEmpty());
        assertTrue(NoteContent.EMPTY.isEmpty());
    }

    @Test
    void theStructuredPartRoundTripsThroughJson() {
        StudentSituation s = new StudentSituation(List.of(
                new SubjectScore(Subject.ENGLISH, "", new BigDecimal("88"), new BigDecimal("150"), 35, "完形填空"),
                new SubjectScore(Subject.CHINESE, "", null, null, null, "作文")),
                "爱玩手机", "期末", "高考一本", WhoWants.PARENT, "无", "", Set.of(Brought.TEXTBOOKS));

        String json = SituationJson.write(s);

        assertEquals(s, SituationJson.read(json));
        assertTrue(json.indexOf("CHINESE") < json.indexOf("ENGLISH"), "subjects in the table's order: " + json);
        assertEquals(StudentSituation.EMPTY, SituationJson.read("{}"));
        assertEquals(StudentSituation.EMPTY, SituationJson.read(""));
        assertEquals(StudentSituation.EMPTY, SituationJson.read(SituationJson.write(StudentSituation.EMPTY)));
    }

    @Test
    void jsonFromALaterVersionIsReadForWhatThisOneKnows() {
        StudentSituation s = SituationJson.read("{\"attitude\":\"认真\",\"sleep\":\"8h\",\"subjects\":[{\"subject\":"
                + "\"MATH\",\"score\":90,\"fullMarks\":100,\"trend\":\"up\"}]}");

        assertEquals("认真", s.attitude());
        assertEquals(new BigDecimal(90), s.subject(Subject.MATH).score());
        assertEquals("", s.subject(Subject.MATH).weakPoints());
    }

    @Test
    void theStepsAreStoredAsTenMarks() {
        NoteContent c = new NoteContent(null, null, Set.of(ConsultStep.PREPARE, ConsultStep.REFERRAL), "", "", "",
                "");
        assertEquals("1000000001", c.stepsText());
        assertEquals(c.steps(), NoteContent.steps("1000000001"));
        assertEquals(Set.of(), NoteContent.steps("0000000000"));
        assertEquals(10, ConsultStep.REFERRAL.number());
        assertEquals(ConsultStep.PREPARE, ConsultStep.ofNumber(1));
    }
}
