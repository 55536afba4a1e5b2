package com.counseldesk.testutil;

import com.counseldesk.common.Phone;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.walkin.WalkIn;

/** Test data for a walk-in: a typical family unless told otherwise. A null phone text gives a null Phone. */
public final class WalkInBuilder {
    private String studentName = "张子涵";
    private Gender gender = Gender.FEMALE;
    private Grade grade = Grade.J2;
    private String school = "实验中学";
    private String parentName = "王丽";
    private Relation relation = Relation.MOTHER;
    private String phone = "138 1234 5678";
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

    public WalkInBuilder channel(Channel value) {
        this.channel = value;
        return this;
    }

    public WalkInBuilder referredBy(long familyId) {
        this.channel = Channel.REFERRAL;
        this.referrer = familyId;
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
        return new WalkIn(studentName, gender, grade, school, parentName, relation,
                phone == null ? null : Phone.parse(phone), channel, referrer, whoCame, purpose, counselorId);
    }
}
