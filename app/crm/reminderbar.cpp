#include "reminderbar.h"

#include "core/clientsession.h"
#include "form/valuetext.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace erp::app {

ReminderBar::ReminderBar(ClientSession *session, QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_open(new QPushButton(tr("&Open"), this)),
      m_dismiss(new QPushButton(tr("&Dismiss"), this)), m_countLabel(new QLabel)
{
    setObjectName(QStringLiteral("reminderBar"));
    setStyleSheet(QStringLiteral("#reminderBar { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 3px; }"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    m_text->setObjectName(QStringLiteral("reminderText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("reminderOpen"));
    m_open->setToolTip(tr("Open the task (Alt+O)"));
    m_dismiss->setObjectName(QStringLiteral("reminderDismiss"));
    m_dismiss->setToolTip(tr("Hide this reminder (Alt+D)"));
    connect(m_open, &QPushButton::clicked, this, &ReminderBar::openCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &ReminderBar::dismissCurrent);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_dismiss);
    m_countLabel->setObjectName(QStringLiteral("reminderCount"));
    m_countLabel->hide();
    connect(session, &ClientSession::serverEvent, this, [this](const QString &name, const QCborMap &payload) {
        if (name == QLatin1String("reminder"))
            add(payload);
    });
    hide();
}

void ReminderBar::add(const QCborMap &reminder)
{
    const QString kind = reminder.value(QStringLiteral("kind")).toString();
    const qint64 id = reminder.value(QStringLiteral("id")).toInteger();
    bool replaced = false;
    for (QCborMap &waiting : m_waiting)
        if (waiting.value(QStringLiteral("kind")).toString() == kind && waiting.value(QStringLiteral("id")).toInteger() == id) {
            waiting = reminder;
            replaced = true;
        }
    if (!replaced)
        m_waiting.append(reminder);
    showCurrent();
    QApplication::beep();
}

QString ReminderBar::text() const
{
    return m_text->text();
}

void ReminderBar::openCurrent()
{
    if (m_waiting.isEmpty())
        return;
    const QCborMap r = m_waiting.takeFirst();
    showCurrent();
    Q_EMIT openRequested(r.value(QStringLiteral("kind")).toString(), r.value(QStringLiteral("id")).toInteger());
}

void ReminderBar::dismissCurrent()
{
    if (m_waiting.isEmpty())
        return;
    m_waiting.removeFirst();
    showCurrent();
}

void ReminderBar::showCurrent()
{
    setVisible(!m_waiting.isEmpty());
    m_countLabel->setVisible(!m_waiting.isEmpty());
    m_countLabel->setText(tr("Reminders: %1").arg(m_waiting.size()));
    m_countLabel->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    Q_EMIT countChanged(int(m_waiting.size()));
    if (m_waiting.isEmpty())
        return;
    const QCborMap r = m_waiting.first();
    const QDateTime due = QDateTime::fromString(r.value(QStringLiteral("due_at")).toString(), Qt::ISODateWithMs);
    const QString when = due.isValid() ? QLocale().toString(due.toLocalTime(), dateTimeFormat(QLocale())) : QString();
    const QCborValue partner = r.value(QStringLiteral("partner"));
    const QString partnerName = partner.isMap() ? partner.toMap().value(QStringLiteral("name")).toString() : partner.toString();
    QString text = tr("<b>%1</b> %2", "number, subject")
                       .arg(r.value(QStringLiteral("number")).toString().toHtmlEscaped(),
                            r.value(QStringLiteral("subject")).toString().toHtmlEscaped());
    if (!partnerName.isEmpty())
        text += QStringLiteral(" · ") + partnerName.toHtmlEscaped();
    if (!when.isEmpty())
        text += QStringLiteral(" · ")
                + (r.value(QStringLiteral("overdue")).toBool()
                       ? QStringLiteral("<span style='color:#b00020'><b>%1</b></span>").arg(tr("overdue since %1").arg(when))
                       : tr("due %1").arg(when));
    if (m_waiting.size() > 1)
        text += QStringLiteral(" <i>(%1)</i>").arg(tr("%n more waiting", nullptr, int(m_waiting.size() - 1)));
    m_text->setText(tr("Reminder: %1").arg(text));
}

} // namespace erp::app
