package vn.giaoban.organization;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An issuing body (Đảng ủy xã, Tỉnh ủy, a former Huyện ủy kept for history). Names are data, written as the body
 * writes them; {@code nameKey} ignores tone-mark placement so the same body cannot be entered twice.
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String nameKey;
    private Long parentId;
    private String parentName;
    private String code;
    private String place;
    private boolean active;
    private boolean chairSignsExternally;
    @Version
    private long version;
    private Instant createdAt;

    protected Organization() {
    }

    Organization(String name, String nameKey, Long parentId, String parentName, String code, String place,
                 Instant createdAt) {
        this.name = name;
        this.nameKey = nameKey;
        this.parentId = parentId;
        this.parentName = parentName;
        this.code = code;
        this.place = place;
        this.active = true;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    /** The parent body as printed above the issuing body on documents (may be outside the service). */
    public String getParentName() {
        return parentName;
    }

    /** Short code used in document numbers, e.g. {@code ĐU} in {@code Số 07-BB/ĐU}. */
    public String getCode() {
        return code;
    }

    /** Place name for the date line of documents. */
    public String getPlace() {
        return place;
    }

    /** The chair signs this organisation's documents with a token in their own tool, not in the service. */
    public boolean isChairSignsExternally() {
        return chairSignsExternally;
    }

    void changeSigning(boolean external) {
        this.chairSignsExternally = external;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
