#include "texteditor.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>

namespace erp::app {

TextEditor::TextEditor(const FieldInfo &field, QWidget *parent)
    : FieldEditor(field, parent), m_edit(new QPlainTextEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingValue)
            Q_EMIT edited();
    });
}

QCborValue TextEditor::value() const
{
    const QString text = m_edit->toPlainText();
    return text.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(text);
}

void TextEditor::setValue(const QCborValue &value, const QString &)
{
    // textChanged has no user-only twin, unlike QLineEdit::textEdited.
    m_settingValue = true;
    m_edit->setPlainText(value.isString() ? value.toString() : QString());
    m_settingValue = false;
}

void TextEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

int TextEditor::heightForLines(int lines) const
{
    const int margins = m_edit->frameWidth() * 2 + int(m_edit->document()->documentMargin() * 2);
    return m_edit->fontMetrics().lineSpacing() * lines + margins;
}

QSize TextEditor::sizeHint() const
{
    return {FieldEditor::sizeHint().width(), heightForLines(5)};
}

QSize TextEditor::minimumSizeHint() const
{
    return {FieldEditor::minimumSizeHint().width(), heightForLines(2)};
}

} // namespace erp::app
