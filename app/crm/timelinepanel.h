#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace erp::app {

class ClientSession;
class FieldEditor;
class TimelineModel;

// A "timeline" group of a form layout ({method, param, kinds}): the object's history as the
// area's method answers it, newest first, paged as the user scrolls; filters by kind, period
// and manager above it. Enter or a double-click opens the entry's document (openRequested).
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    TimelinePanel(ClientSession *session, const QCborMap &spec, QWidget *parent = nullptr);

    // The object the history is of; 0 (not saved yet) shows nothing.
    void setOwner(qint64 id);
    TimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *kindFilter() const { return m_kind; }
    FieldEditor *fromEditor() const { return m_from; }
    FieldEditor *toEditor() const { return m_to; }
    FieldEditor *managerEditor() const { return m_manager; }
    // The filters as the method gets them.
    QCborMap filters() const;

Q_SIGNALS:
    void openRequested(const QString &kind, qint64 id);

private:
    void applyFilters();
    void openCurrent();

    ClientSession *m_session;
    QCborArray m_kinds;
    TimelineModel *m_model;
    QTableView *m_view;
    QComboBox *m_kind;
    FieldEditor *m_from;
    FieldEditor *m_to;
    FieldEditor *m_manager;
    QLabel *m_hint;
    QLabel *m_status;
    QTimer *m_refreshTimer;
};

} // namespace erp::app
