package com.counseldesk.common.fx;

import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Picks a font family that draws Chinese. On Linux JavaFX's fallback skips OpenType/CFF fonts,
 * so a CJK family has to be named on the root node for Noto CJK to be used.
 */
public final class Fonts {
    private static final List<String> CJK = List.of("Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC",
            "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei", "SimHei", "SimSun");
    private static Optional<String> chosen;

    private Fonts() {
    }

    public static synchronized Optional<String> cjkFamily() {
        if (chosen == null) {
            List<String> available = Font.getFamilies();
            chosen = CJK.stream().filter(available::contains).findFirst();
        }
        return chosen;
    }

    /** Names the CJK family on a scene root; without one the system fallback is left to do its best. */
    public static void apply(Parent root) {
        cjkFamily().ifPresent(f -> root.setStyle("-fx-font-family: \"" + f + "\";"));
    }
}
