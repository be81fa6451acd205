#pragma once

#include "tabledata.h"

#include <QCborMap>
#include <QObject>
#include <QString>

namespace erp::app {

class ClientSession;

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
