#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTest>

namespace erp::test {

// An XLSX file as openpyxl reads it (tests/support/xlsxcheck.py): cells with their data types;
// an empty object (and a warning) when it cannot be read.
inline QJsonObject readXlsx(const QString &path)
{
    // Debian's python3, which has python3-openpyxl, even where another python3 comes first on PATH.
    const QString interpreter = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                   : QStringLiteral("python3");
    QProcess python;
    python.start(interpreter,
                 {qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/tests/support/xlsxcheck.py"), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning().noquote() << "xlsxcheck.py failed:" << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// A cell of readXlsx's answer, rows and columns from 0.
inline QJsonObject xlsxCell(const QJsonObject &sheet, int row, int column)
{
    return sheet.value(QStringLiteral("rows")).toArray().at(row).toArray().at(column).toObject();
}

} // namespace erp::test
