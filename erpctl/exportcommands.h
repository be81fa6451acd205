#pragma once

#include "connection.h"

#include <QStringList>

// erpctl report NAME [--param k=v]... [--xlsx F | --csv F] and erpctl export KIND [--xlsx F | --csv F].
struct ExportOptions
{
    QStringList params;     // "key=value"
    QString xlsx, csv;      // at most one set; neither: the table is printed
    QString language;       // of the CSV: cs or en
};

int runReportCommand(erp::client::Connection &connection, const QString &report, const ExportOptions &options);
int runExportCommand(erp::client::Connection &connection, const QString &kind, const ExportOptions &options);
