package dev.advancedalchemy.repository.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A composite key through {@code @IdClass}. */
@Entity
@IdClass(Enrollment.Key.class)
@Table(name = "core_enrollment")
public class Enrollment {
    @Id
    @Column(name = "student_id", length = 20)
    private String studentId;

    @Id
    @Column(name = "course_code", length = 20)
    private String courseCode;

    @Column(length = 2)
    private String grade;

    protected Enrollment() {}

    public Enrollment(String studentId, String courseCode, String grade) {
        this.studentId = studentId;
        this.courseCode = courseCode;
        this.grade = grade;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getStudentId() {
        return studentId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    /** The key class. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String studentId;
        private String courseCode;

        public Key() {}

        public Key(String studentId, String courseCode) {
            this.studentId = studentId;
            this.courseCode = courseCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(studentId, k.studentId)
                    && Objects.equals(courseCode, k.courseCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(studentId, courseCode);
        }
    }
}
