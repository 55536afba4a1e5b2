package com.counseldesk.contract;

/** A catalogue item: a course of one subject (课程) or a package of several (套餐). Labels: {@code courseKind.<NAME>}. */
public enum CourseKind {
    COURSE, PACKAGE
}
