package dev.advancedalchemy.repository.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A composite key through {@code @EmbeddedId}. */
@Entity
@Table(name = "core_membership")
public class Membership {
    @EmbeddedId
    private Key key;

    @Column(name = "member_role", length = 20)
    private String role;

    protected Membership() {}

    public Membership(Key key, String role) {
        this.key = key;
        this.role = role;
    }

    public Key getKey() {
        return key;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    /** The embedded key. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "group_name", length = 20)
        private String groupName;

        @Column(name = "user_name", length = 20)
        private String userName;

        protected Key() {}

        public Key(String groupName, String userName) {
            this.groupName = groupName;
            this.userName = userName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(groupName, k.groupName) && Objects.equals(userName, k.userName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupName, userName);
        }
    }
}
