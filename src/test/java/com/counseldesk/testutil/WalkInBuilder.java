package com.counseldesk.testutil;

import com.counseldesk.common.Phone;
import com.counseldesk.family.Channel;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.walkin.WalkIn;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data for a walk-in: a typical family unless told otherwise. By default the student is a
 * child not on record (a new household for a new number, a new child for a known one); {@link #child}
 * names a student on record. A null phone text gives a null Phone.
 */
public final class WalkInBuilder {
    private String studentName = "张子涵";
    private Gender gender = Gender.FEMALE;
    private Grade grade = Grade.J2;
    private String school = "实验中学";
    private String parentName = "王丽";
    private Relation relation = Relation.MOTHER;
    private String phone = "138 1234 5678";
    private Long attachTo;
    private Long studentId;
    private final List<Long> alsoCame = new ArrayList<>();
    private Channel channel = Channel.DIRECT;
    private Long referrer;
    private String whoCame = "学生和母亲";
    private String purpose = "数学提分";
    private Long counselorId;

    public static WalkInBuilder aWalkIn() {
        return new WalkInBuilder();
    }

    public WalkInBuilder student(String name) {
        this.studentName = name;
        return this;
    }

    /** The student on record who came (the desk chose them in the student box). */
    public WalkInBuilder child(long id) {
        this.studentId = id;
        return this;
    }

    /** A child not on record yet (the desk chose 新增孩子). */
    public WalkInBuilder newChild() {
        this.studentId = null;
        return this;
    }

    /** Brothers and sisters on record who came too. */
    public WalkInBuilder alsoCame(long... ids) {
        for (long id : ids) {
            alsoCame.add(id);
        }
        return this;
    }

    public WalkInBuilder gender(Gender value) {
        this.gender = value;
        return this;
    }

    public WalkInBuilder grade(Grade value) {
        this.grade = value;
        return this;
    }

    public WalkInBuilder school(String value) {
        this.school = value;
        return this;
    }

    public WalkInBuilder parent(String name) {
        this.parentName = name;
        return this;
    }

    public WalkInBuilder relation(Relation value) {
        this.relation = value;
        return this;
    }

    public WalkInBuilder phone(String value) {
        this.phone = value;
        return this;
    }

    /** The desk added this new number to a household it found by the parent's name. */
    public WalkInBuilder attachTo(long householdId) {
        this.attachTo = householdId;
        return this;
    }

    public WalkInBuilder channel(Channel value) {
        this.channel = value;
        return this;
    }

    public WalkInBuilder referredBy(long householdId) {
        this.channel = Channel.REFERRAL;
        this.referrer = householdId;
        return this;
    }

    public WalkInBuilder whoCame(String value) {
        this.whoCame = value;
        return this;
    }

    public WalkInBuilder purpose(String value) {
        this.purpose = value;
        return this;
    }

    public WalkInBuilder counselor(long id) {
        this.counselorId = id;
        return this;
    }

    public WalkInBuilder noCounselor() {
        this.counselorId = null;
        return this;
    }

    public WalkIn build() {
        return new WalkIn(phone == null ? null : Phone.parse(phone), attachTo, studentId,
                new StudentDetails(studentName, gender, grade, school), alsoCame,
                new ContactDetails(parentName, relation), channel, referrer, whoCame, purpose, counselorId);
    }
}
