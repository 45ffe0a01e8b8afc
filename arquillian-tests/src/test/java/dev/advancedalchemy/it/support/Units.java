package dev.advancedalchemy.it.support;

import dev.advancedalchemy.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;

/** MicroProfile Config properties that point a persistence unit at a test database. */
public final class Units {
    private Units() {}

    public static Map<String, String> pointing(String unit, TestDatabase db) {
        Map<String, String> config = new HashMap<>();
        config.put("alchemy.units." + unit + ".url", db.jdbcUrl());
        config.put("alchemy.units." + unit + ".user", db.user());
        config.put("alchemy.units." + unit + ".password", db.password());
        config.put("alchemy.units." + unit + ".properties.jakarta.persistence.jdbc.driver", db.driverClassName());
        return config;
    }
}
