package vn.giaoban.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a signature's visible appearance goes: the space the layout left under a signature block title
 * (page index from 0, PDF points from the lower-left corner).
 */
record SignatureBox(SignerRole role, int page, float x, float y, float width, float height) {

    static String format(List<SignatureBox> boxes) {
        StringBuilder s = new StringBuilder();
        for (SignatureBox b : boxes) {
            if (!s.isEmpty()) {
                s.append(';');
            }
            s.append(String.format(Locale.ROOT, "%s:%d:%.2f:%.2f:%.2f:%.2f", b.role(), b.page(), b.x(), b.y(),
                    b.width(), b.height()));
        }
        return s.toString();
    }

    static List<SignatureBox> parse(String text) {
        List<SignatureBox> boxes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return boxes;
        }
        for (String item : text.split(";")) {
            String[] p = item.split(":");
            boxes.add(new SignatureBox(SignerRole.valueOf(p[0]), Integer.parseInt(p[1]), Float.parseFloat(p[2]),
                    Float.parseFloat(p[3]), Float.parseFloat(p[4]), Float.parseFloat(p[5])));
        }
        return boxes;
    }
}
