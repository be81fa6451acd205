#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;

namespace erp::app {

class ClientSession;

// What a report view shows while a run is in flight: a progress bar filled from the server's
// "progress" pushes for that call (busy until the first one arrives) and Cancel (Esc), which
// asks the server to stop it; the run then answers Cancelled.
class ReportProgress : public QWidget
{
    Q_OBJECT

public:
    ReportProgress(ClientSession *session, QWidget *view);

    void start(qint64 call);
    void finish();
    bool isRunning() const { return m_call != 0; }
    void cancel();

    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString stageText() const;

private:
    void onProgress(qint64 call, qint64 done, qint64 total, const QString &stage);

    ClientSession *m_session;
    QProgressBar *m_bar;
    QLabel *m_stage;
    QPushButton *m_cancel;
    QShortcut *m_escape;
    qint64 m_call = 0;
};

} // namespace erp::app
