/** `npm run check`: validates all content and data; placeholder until the content model lands. */
console.log("Nội dung: chưa có kiểm tra.");
