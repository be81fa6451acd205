#pragma once

#include "core/kindinfo.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace erp::app {

class ClientSession;

// A document's workflow history (document.history): which transition, from which state to
// which, by whom and when (local time), oldest first.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(ClientSession *session, const KindInfo &kind, qint64 id, const QString &documentTitle,
                  QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    void fill(const QCborArray &rows);

    KindInfo m_kind;
    QTableWidget *m_table;
    QLabel *m_message;
    bool m_loaded = false;
};

} // namespace erp::app
