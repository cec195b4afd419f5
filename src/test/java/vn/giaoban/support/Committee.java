package vn.giaoban.support;

import java.util.List;

/**
 * A fresh organisation with a secretariat member, a chair, two participants and one outsider (a participant of
 * nothing here), all created through the API as an administrator would.
 */
public record Committee(long organizationId, String organizationName, String secretariat, String chair,
                        List<String> participants, String outsider) {

    public static Committee create(int port) {
        Api admin = Api.admin(port);
        String name = "ĐẢNG ỦY XÃ " + Api.unique("THỬ NGHIỆM ").toUpperCase();
        long org = admin.post("/api/organizations", """
                {"name": %s, "parentName": "ĐẢNG BỘ TỈNH TÂY NINH", "code": "ĐU", "place": "Tân Lập"}"""
                .formatted(Api.str(name))).expect(201).json().path("id").asLong();
        String secretariat = user(admin, org, "Nguyễn Văn An", "Phó Chánh Văn phòng", "SECRETARIAT");
        String chair = user(admin, org, "Trần Thị Bình", "Bí thư Đảng ủy", "SECRETARY");
        String p1 = user(admin, org, "Lê Văn Cường", "Bí thư Chi bộ ấp 3", "PARTICIPANT");
        String p2 = user(admin, org, "Phạm Thị Dung", "Trưởng Ban Tuyên giáo", "PARTICIPANT");
        String outsider = user(admin, org, "Hoàng Văn Em", "Đại biểu", "PARTICIPANT");
        return new Committee(org, name, secretariat, chair, List.of(p1, p2), outsider);
    }

    /** One more participant of the organisation; returns the username. */
    public static String participant(int port, long org, String fullName) {
        return user(Api.admin(port), org, fullName, "Bí thư Chi bộ", "PARTICIPANT");
    }

    static String user(Api admin, long org, String fullName, String position, String role) {
        String username = Api.unique("u");
        admin.post("/api/users", """
                {"username": %s, "password": %s, "fullName": %s, "position": %s, "organizationId": %d,
                 "roles": [%s]}""".formatted(Api.str(username), Api.str(Api.PASSWORD), Api.str(fullName),
                Api.str(position), org, Api.str(role))).expect(201);
        return username;
    }

    /** Schedules a briefing and returns its id. */
    public long schedule(int port) {
        return Api.as(port, secretariat).post("/api/briefings", """
                {"organizationId": %d, "title": "Hội nghị giao ban quý III năm 2026", "quarter": "2026-Q3",
                 "scheduledAt": "2026-10-05T07:30:00+07:00", "location": "Hội trường Đảng ủy xã",
                 "chair": %s, "recorder": %s, "participants": %s}"""
                .formatted(organizationId, Api.str(chair), Api.str(secretariat), Api.strs(participants)))
                .expect(201).json().path("id").asLong();
    }
}
