#pragma once

#include <QCborMap>
#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace erp::app {

class ClientSession;

// Reminders the server pushes ({event: "reminder", data: {kind, id, number, subject, due_at,
// partner?, overdue}}) as a bar at the top of the main window that stops no work: the oldest
// one waiting, how many wait, Open (opens the object and lets the reminder go) and Dismiss.
// A reminder of an object already waiting replaces it. countLabel() is for the status bar.
class ReminderBar : public QFrame
{
    Q_OBJECT

public:
    explicit ReminderBar(ClientSession *session, QWidget *parent = nullptr);

    int count() const { return int(m_waiting.size()); }
    QCborMap current() const { return m_waiting.value(0); }
    QList<QCborMap> waiting() const { return m_waiting; }
    QString text() const;
    QLabel *countLabel() const { return m_countLabel; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *dismissButton() const { return m_dismiss; }

public Q_SLOTS:
    void add(const QCborMap &reminder);
    void openCurrent();
    void dismissCurrent();

Q_SIGNALS:
    void openRequested(const QString &kind, qint64 id);
    void countChanged(int count);

private:
    void showCurrent();

    QList<QCborMap> m_waiting;
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_dismiss;
    QLabel *m_countLabel;
};

} // namespace erp::app
