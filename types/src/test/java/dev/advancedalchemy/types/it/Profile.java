package dev.advancedalchemy.types.it;

import java.time.LocalDate;
import java.util.List;

/** A user record stored as one JSON document. */
public record Profile(String displayName, int age, LocalDate birthday, List<String> roles) {}
