#pragma once

#include "db/dbconfig.h"
#include "net/servercontext.h"

#include <QString>

namespace erp::app {

struct ServerOptions
{
    erp::db::DbConfig database;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 7410;
    QString metadataDir = QStringLiteral(":/metadata");
    QString formsDir = QStringLiteral(":/forms");
    QString navigationFile = QStringLiteral(":/navigation.json");
    QString adminPassword;
    bool init = false;
    bool demo = false;
    int scale = 1;
    int demoDays = 730; // business history the demo enters, in days up to today
    int workers = 4;
    int ioThreads = 2;
    int schedulerInterval = 30; // seconds between the scheduler's ticks; 0: no scheduled jobs
    bool testReports = false;   // --test-reports: the reports only the tests run (reports/testreports.h)
    erp::net::Limits limits;
};

// Parses the command line; on error prints usage and returns false.
bool parseOptions(const QStringList &arguments, ServerOptions *options, QString *error);

} // namespace erp::app
