package dev.advancedalchemy.it.files;

import dev.advancedalchemy.it.support.OnDatabase;
import dev.advancedalchemy.testing.Db;

@OnDatabase(Db.POSTGRES)
class FileLifecycleTransactionalPostgresIT extends FileLifecycleScenario {}
