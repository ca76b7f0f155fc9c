"""What a validator refuses, for tests of the messages the office reads."""
import pytest

from ukpbj_desktop.errors import ValidationError


def refused(call, *args, **kwargs) -> ValidationError:
    """The ValidationError ``call`` raises; the test fails when it raises none."""
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value
