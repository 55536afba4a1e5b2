package com.counseldesk.family.ui;

import com.counseldesk.common.Text;
import com.counseldesk.common.fx.FormModel;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.office.Staff;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Gives the household to another counselor, with the reason (a counselor leaving the office).
 * Only a manager sees it; the service refuses anyone else too.
 */
public final class OwnerForm extends EditForm {
    public static final String OWNER = "owner";
    public static final String REASON = "reason";
    private final ObjectProperty<Staff> owner = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final long householdId;
    private final PageContext page;

    OwnerForm(PageContext page, long householdId) {
        super(page);
        this.page = page;
        this.householdId = householdId;
        form.field(OWNER, () -> owner.get() == null ? new Msg("error.counselor.choose") : null, owner)
                .field(REASON, () -> FormModel.check(() -> Text.required(REASON, reason.get(), Text.LONG_MAX)),
                        reason);
        form.revalidate();
    }

    @Override
    protected void fill() {
        owner.set(null);
        reason.set("");
    }

    @Override
    protected Callable<?> command(Long by) {
        Staff chosen = owner.get();
        String why = reason.get();
        Staff actor = page.staff().get();
        long id = householdId;
        return () -> page.families().reassignOwner(id, chosen, why, actor);
    }

    public ObjectProperty<Staff> ownerProperty() {
        return owner;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
