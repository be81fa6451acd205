#pragma once

#include "tabledata.h"

#include <QCborMap>
#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace erp::app {

class ClientSession;

// Asks where to export `title`: an Excel workbook or a CSV file, the path with its suffix;
// empty when the user cancelled.
QString askExportPath(QWidget *parent, const QString &title);
// Writes the table to path (CSV for *.csv in the session's language, XLSX otherwise with the
// title and header lines above it); *message says how many rows or what failed.
bool writeExport(const QString &path, const erp::exporting::TableData &table, const QString &title,
                 const QStringList &headerLines, QString *message);

// Pages through a catalog.list / document.list (1000 rows a page, at most a sheet's rows) and
// writes what it read to an XLSX or CSV file; progress after every page, cancellable between pages.
class ListExport : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 1000;

    ListExport(ClientSession *session, const QString &method, const QCborMap &params,
               const erp::exporting::TableData &columns, const QString &path, const QString &title,
               QObject *parent = nullptr);
    void start();
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total); // total 0 while unknown
    void finished(bool ok, const QString &message);

private:
    void requestPage(const QCborValue &after);
    void write();

    ClientSession *m_session;
    QString m_method;
    QCborMap m_params;
    erp::exporting::TableData m_table;
    QString m_path;
    QString m_title;
    qint64 m_total = 0;
    bool m_cancelled = false;
};

} // namespace erp::app
