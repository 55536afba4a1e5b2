package com.counseldesk.family;

import java.util.List;

/**
 * One page of the directory's answer: the households, best first, where the page starts in the whole
 * answer, and whether there are more after it ("more" asks for {@link #nextOffset()}).
 */
public record DirectoryPage(List<HouseholdCard> households, int offset, boolean more) {
    public DirectoryPage {
        households = List.copyOf(households);
    }

    public int nextOffset() {
        return offset + households.size();
    }
}
