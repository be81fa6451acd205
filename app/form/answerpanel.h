#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QCborMap>
#include <QStringList>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace erp::app {

class ClientSession;

// A "panel" group of a form layout: what an area's read method answers for the saved object,
// as a read-only table. The layout names everything ({method, param, rows, columns, mark?,
// totals?, kinds?}); the panel knows no kind by name. `rows` are the answer's keys whose
// lists are shown, one after the other; `columns` are {key, title, type} with the types text,
// integer, money, date, datetime, hours (a duration given in hours, shown "3 d 4 h"), days,
// kind (a kind's title) and state (the state's title in the row's kind's workflow, or the
// form's). A row with `mark` true is shown in red. `totals` ({key, items: [{key, title}]})
// shows sums of the answer under the table. A row that names a kind and an id opens that
// object on Enter or a double-click. It reads the answer again when the form is read or
// saved, a transition runs, or the server pushes a change of the object or of `kinds`.
class AnswerPanel : public QWidget
{
    Q_OBJECT

public:
    AnswerPanel(ClientSession *session, const QString &kind, const QCborMap &spec, QWidget *parent = nullptr);

    // The object the answer is of; 0 (not saved yet) shows a hint. Reads the answer again.
    void setOwner(qint64 id);
    void refresh();

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QString totalsText() const;
    QString statusText() const;
    bool isLoaded() const { return m_loaded; }
    QString method() const { return m_method; }
    // The rows as last answered, in the order shown.
    QCborArray rows() const { return m_rows; }

    // "3 d 4 h", "5 h 20 min", "12 min" for a decimal number of hours ("76.25").
    static QString durationText(const QString &hours);

Q_SIGNALS:
    void openRequested(const QString &kind, qint64 id);
    void loaded();

private:
    void showAnswer(const QCborMap &answer);
    QString cellText(const QCborMap &row, const QCborMap &column) const;
    void applyTitles(const QString &kind, const KindInfo &info);
    void openCurrent();

    ClientSession *m_session;
    QString m_kind; // of the form
    QString m_method;
    QString m_param;
    QStringList m_rowKeys;
    QCborArray m_columns;
    QString m_mark;
    QCborMap m_totals;
    QCborArray m_kinds;
    qint64 m_id = 0;
    quint64 m_request = 0;
    bool m_loaded = false;
    QCborArray m_rows;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_hint;
    QLabel *m_totalsLabel;
    QTimer *m_refreshTimer;
};

} // namespace erp::app
