# cmake -DIN=file -DOUT=header -DNAME=symbol -P embed.cmake
# Writes `static const char NAME[] = { bytes..., 0 };` so that any text
# (quotes, backslashes, long lines) embeds without escaping.
file(READ ${IN} _hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _bytes "${_hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" _bytes "${_bytes}")
file(WRITE ${OUT}.tmp "/* Generated from ${IN}; do not edit. */\nstatic const char ${NAME}[] = {\n${_bytes}0x00};\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUT}.tmp)
