#include "reportprogress.h"

#include "core/clientsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>

namespace erp::app {

ReportProgress::ReportProgress(ClientSession *session, QWidget *view)
    : QWidget(view), m_session(session), m_bar(new QProgressBar), m_stage(new QLabel),
      m_cancel(new QPushButton(tr("Cancel"))), m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), view))
{
    setObjectName(QStringLiteral("reportProgress"));
    m_cancel->setToolTip(tr("Stop the report (Esc)"));
    m_bar->setMaximumWidth(320);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_stage);
    layout->addWidget(m_cancel);
    layout->addStretch();
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ReportProgress::cancel);
    connect(m_escape, &QShortcut::activated, this, &ReportProgress::cancel);
    connect(session, &ClientSession::callProgress, this, &ReportProgress::onProgress);
    hide();
}

void ReportProgress::start(qint64 call)
{
    m_call = call;
    m_bar->setRange(0, 0); // busy until the server tells how far it is
    m_stage->clear();
    m_cancel->setEnabled(true);
    m_escape->setEnabled(true);
    show();
}

void ReportProgress::finish()
{
    m_call = 0;
    m_escape->setEnabled(false);
    hide();
}

void ReportProgress::cancel()
{
    if (!m_call)
        return;
    m_session->cancelCall(m_call);
    m_cancel->setEnabled(false);
    m_stage->setText(tr("Cancelling…"));
}

QString ReportProgress::stageText() const
{
    return m_stage->text();
}

void ReportProgress::onProgress(qint64 call, qint64 done, qint64 total, const QString &stage)
{
    if (call != m_call || !m_cancel->isEnabled())
        return;
    // The bar counts in thousandths: totals beyond an int's range still fill it.
    constexpr int Scale = 1000;
    m_bar->setRange(0, Scale);
    m_bar->setValue(total > 0 ? int(std::clamp<qint64>(done * Scale / total, 0, Scale)) : 0);
    m_stage->setText(stage.isEmpty() ? tr("%1 of %2").arg(done).arg(total)
                                     : tr("%1: %2 of %3").arg(stage).arg(done).arg(total));
}

} // namespace erp::app
