package dev.advancedalchemy.repository.internal.derived;

/** What a derived query does with the rows it selects (the method-name prefix). */
enum Subject {
    FIND,
    COUNT,
    EXISTS,
    DELETE
}
