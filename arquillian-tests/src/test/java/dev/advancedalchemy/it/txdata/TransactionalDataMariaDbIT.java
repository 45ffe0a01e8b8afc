package dev.advancedalchemy.it.txdata;

import dev.advancedalchemy.it.support.OnDatabase;
import dev.advancedalchemy.testing.Db;

@OnDatabase(Db.MARIADB)
class TransactionalDataMariaDbIT extends TransactionalDataScenario {}
