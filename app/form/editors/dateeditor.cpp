#include "dateeditor.h"

#include "form/valuetext.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QToolButton>

namespace erp::app {

namespace {

// What people type: the locale's order with one- or two-digit day and month and a two- or
// four-digit year, or ISO.
QStringList dateFormats(const QLocale &locale)
{
    QStringList formats;
    // English shows "1 Dec 2026" and reads it back, and also the country's own numeric order.
    const QStringList bases = locale.language() == QLocale::English
                                  ? QStringList{dateFormat(locale), QStringLiteral("d MMMM yyyy"),
                                                locale.dateFormat(QLocale::ShortFormat)}
                                  : QStringList{dateFormat(locale)};
    for (QString relaxed : bases) {
        if (!relaxed.contains(QLatin1String("yyyy")))
            relaxed.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        relaxed.replace(QLatin1String("dd"), QLatin1String("d"));
        if (!relaxed.contains(QLatin1String("MMM")))
            relaxed.replace(QLatin1String("MM"), QLatin1String("M"));
        QString shortYear = relaxed;
        shortYear.replace(QLatin1String("yyyy"), QLatin1String("yy"));
        formats << relaxed << shortYear;
    }
    formats << QStringLiteral("yyyy-M-d");
    return formats;
}

QStringList timeFormats(const QLocale &locale)
{
    QString relaxed = locale.timeFormat(QLocale::ShortFormat);
    relaxed.replace(QLatin1String("HH"), QLatin1String("H")).replace(QLatin1String("hh"), QLatin1String("h"));
    QString seconds = relaxed;
    seconds.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    QStringList formats{relaxed, seconds};
    if (!relaxed.startsWith(QLatin1String("H:mm")))
        formats << QStringLiteral("H:mm") << QStringLiteral("H:mm:ss");
    return formats;
}

// Qt reads "yy" as 19yy; people mean the nearest century, looking up to 50 years ahead.
QDate fixCentury(const QDate &date, const QString &format)
{
    if (!date.isValid() || format.contains(QLatin1String("yyyy")) || !format.contains(QLatin1String("yy")))
        return date;
    const QDate later = date.addYears(100);
    return later.year() <= QDate::currentDate().year() + 50 ? later : date;
}

QDateTime parseDateTime(const QString &text, const QLocale &locale, bool withTime)
{
    for (const QString &dateFormat : dateFormats(locale)) {
        const QDate date = fixCentury(locale.toDate(text, dateFormat), dateFormat);
        if (date.isValid())
            return QDateTime(date, QTime(0, 0));
        if (!withTime)
            continue;
        for (const QString &timeFormat : timeFormats(locale)) {
            const QDateTime time = locale.toDateTime(text, dateFormat + u' ' + timeFormat);
            if (time.isValid())
                return QDateTime(fixCentury(time.date(), dateFormat), time.time());
        }
    }
    return QDateTime();
}

} // namespace

DateEditor::DateEditor(const FieldInfo &field, QWidget *parent)
    : FieldEditor(field, parent), m_edit(new QLineEdit(this)), m_button(new QToolButton(this))
{
    arrangeWithButton(m_edit, m_button);
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus);
    m_button->setToolTip(tr("Choose from the calendar (F4)"));
    connect(m_button, &QToolButton::clicked, this, &DateEditor::showCalendar);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        readText();
        Q_EMIT edited();
    });
}

bool DateEditor::hasTime() const
{
    return field().type == QLatin1String("datetime");
}

void DateEditor::readText()
{
    m_value = QDateTime();
    m_error.clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    m_value = parseDateTime(text, locale(), hasTime());
    if (m_value.isValid())
        return;
    const QDateTime example(QDate::currentDate(), QTime(9, 30));
    m_error = hasTime() ? tr("enter a date and time such as %1").arg(locale().toString(example, dateTimeFormat(locale())))
                        : tr("enter a date such as %1").arg(locale().toString(example.date(), dateFormat(locale())));
}

void DateEditor::showValue()
{
    if (!m_value.isValid())
        m_edit->clear();
    else if (hasTime())
        m_edit->setText(locale().toString(m_value, dateTimeFormat(locale())));
    else
        m_edit->setText(locale().toString(m_value.date(), dateFormat(locale())));
}

QCborValue DateEditor::value() const
{
    if (!m_value.isValid())
        return QCborValue(QCborValue::Null);
    if (hasTime())
        return m_value.toUTC().toString(Qt::ISODateWithMs);
    return m_value.date().toString(Qt::ISODate);
}

void DateEditor::setValue(const QCborValue &value, const QString &)
{
    m_error.clear();
    m_value = QDateTime();
    const QString text = value.toString();
    if (hasTime()) {
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (time.isValid())
            m_value = time.toLocalTime();
    } else {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            m_value = QDateTime(date, QTime(0, 0));
    }
    showValue();
}

void DateEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
    m_button->setEnabled(!readOnly);
}

void DateEditor::showCalendar()
{
    if (m_edit->isReadOnly())
        return;
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setLocale(locale());
        m_calendar->setGridVisible(true);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateEditor::choose);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateEditor::choose);
    }
    m_calendar->setSelectedDate(m_value.isValid() ? m_value.date() : QDate::currentDate());
    const QSize size = m_calendar->sizeHint();
    QPoint position = m_edit->mapToGlobal(QPoint(0, m_edit->height()));
    if (const QScreen *screen = m_edit->screen()) {
        const QRect available = screen->availableGeometry();
        if (position.y() + size.height() > available.bottom())
            position.setY(m_edit->mapToGlobal(QPoint(0, 0)).y() - size.height());
        position.setX(qBound(available.left(), position.x(), qMax(available.left(), available.right() - size.width())));
    }
    m_calendar->move(position);
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateEditor::choose(const QDate &date)
{
    m_calendar->hide();
    m_value = QDateTime(date, m_value.isValid() && hasTime() ? m_value.time() : QTime(0, 0));
    m_error.clear();
    showValue();
    m_edit->setFocus(Qt::PopupFocusReason);
    Q_EMIT edited();
}

bool DateEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier))) {
                showCalendar();
                return true;
            }
        } else if (event->type() == QEvent::FocusOut && m_error.isEmpty()
                   && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
            showValue(); // "7.1.26" becomes "07.01.2026"
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

} // namespace erp::app
