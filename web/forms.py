"""The pages' forms (Flask-WTF: each carries its CSRF token). Error messages are message keys,
translated by the template (``web/messages``)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    EmailField,
    PasswordField,
    RadioField,
    StringField,
    SubmitField,
)
from wtforms.validators import AnyOf, DataRequired, EqualTo, Length, Optional, Regexp

from accounts.passwords import MAX_LENGTH, MIN_LENGTH

_PIN = Regexp(r"^[0-9]{4}$", message="pin.error.format")


class SignUpForm(FlaskForm):
    email = EmailField(validators=[DataRequired("form.required"), Length(max=254)])
    password = PasswordField(
        validators=[
            DataRequired("form.required"),
            Length(MIN_LENGTH, MAX_LENGTH, message="password.error.length"),
        ]
    )
    password_again = PasswordField(
        validators=[DataRequired("form.required"), EqualTo("password", "password.error.differ")]
    )


class SignInForm(FlaskForm):
    email = EmailField(validators=[DataRequired("form.required"), Length(max=254)])
    password = PasswordField(validators=[DataRequired("form.required"), Length(max=MAX_LENGTH)])


class CodeRequestForm(FlaskForm):
    email = EmailField(validators=[DataRequired("form.required"), Length(max=254)])


class CodeForm(FlaskForm):
    code = StringField(
        validators=[
            DataRequired("form.required"),
            Regexp(r"^\s*[0-9]{6}\s*$", message="code.error.format"),
        ]
    )


class ReauthForm(FlaskForm):
    password = PasswordField(validators=[DataRequired("form.required"), Length(max=MAX_LENGTH)])


class SandboxCardForm(FlaskForm):
    card = RadioField(validators=[DataRequired("card.error.choose")], choices=[])


class AddressForm(FlaskForm):
    country = StringField(default="FR", validators=[AnyOf(["FR", "US"], "address.error.country")])
    recipient = StringField(validators=[DataRequired("form.required"), Length(max=100)])
    line1 = StringField(validators=[DataRequired("form.required"), Length(max=100)])
    line2 = StringField(validators=[Optional(), Length(max=100)])
    postal_code = StringField(validators=[DataRequired("form.required"), Length(max=10)])
    city = StringField(validators=[DataRequired("form.required"), Length(max=100)])
    region = StringField(validators=[Optional(), Length(max=2)])
    make_default = BooleanField()


class PinForm(FlaskForm):
    pin = PasswordField(validators=[DataRequired("form.required"), _PIN])
    pin_again = PasswordField(validators=[DataRequired("form.required"), _PIN])


class ConsentForm(FlaskForm):
    allow = SubmitField()
    deny = SubmitField()


class ActionForm(FlaskForm):
    """A button that changes something (set default, remove, sign out): only the CSRF token."""


class ConfirmForm(FlaskForm):
    confirm = BooleanField(validators=[DataRequired("confirm.error.required")])
